/**
 * Ends the wait of a page whose island rearranges what it shows as it starts (BaseLayout's `island`): what the page
 * marked `data-island-waits`, and the footer, were kept unseen until now, so nothing a reader already sees moves.
 */
export function islandReady() {
  document.body.dataset.islandReady = '';
}
