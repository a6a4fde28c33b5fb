/**
 * What an image path written in an entry may look like, without touching the disk: shared by the build check
 * (which then opens the file, see ./image-files) and the admin (which runs in the browser).
 */

/** What editors may upload: photos and drawings sharp can optimise. SVG is left out: it can carry a script. */
export const IMAGE_EXTENSIONS = ['jpg', 'jpeg', 'png', 'webp', 'avif', 'gif'] as const;

/** Anything with a scheme, from the root, or climbing out with `..` is not a file beside the entry. */
export const isOutsideEntry = (path: string) => /^(?:[a-z][a-z0-9+.-]*:|\/|\\)|(?:^|[/\\])\.\.(?:[/\\]|$)/i.test(path.trim());

const extensionOf = (path: string) => /\.([^./\\]+)$/.exec(path)?.[1]?.toLowerCase() ?? '';

/** Why `path` cannot name an image beside the entry (wrong place or format), or undefined when it can. */
export function imagePathProblem(path: string): string | undefined {
  if (isOutsideEntry(path)) {
    return `画像「${path}」は使えません。写真は index.mdx と同じフォルダーに置き、./photo.jpg のように書いてください`;
  }
  if (!(IMAGE_EXTENSIONS as readonly string[]).includes(extensionOf(path))) {
    return `画像「${path}」の形式は使えません。${IMAGE_EXTENSIONS.join('・')} のどれかにしてください`;
  }
  return undefined;
}

/**
 * A path as Astro resolves it the same for every entry: `photo.jpg` means the file beside the entry, as `./photo.jpg`
 * does, and gets its `./` (Astro looks in the entry's folder only for a bare name). Anything else is left as it is.
 */
export const explicitlyRelative = (path: string) => (/^(?:\.{1,2}[/\\]|\/|[a-z][a-z0-9+.-]*:)/i.test(path) ? path : `./${path}`);
