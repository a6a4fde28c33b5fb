/** `{name}` placeholders filled from `params`; one left without a value stays visible rather than vanishing. */
export const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));

/**
 * A string cut at the placeholders `params` leaves open, for a sentence with markup in it (a link): texts, and
 * `{ slot }` where the page puts the markup. The sentence stays whole in its strings module, in its own word order.
 */
export function fillParts(text: string, params: Record<string, string | number>) {
  const parts: (string | { slot: string })[] = [];
  for (const piece of text.split(/(\{\w+\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name && !(name in params)) parts.push({ slot: name });
    else if (typeof parts.at(-1) === 'string') parts[parts.length - 1] += fill(piece, params);
    else if (piece) parts.push(fill(piece, params));
  }
  return parts;
}
