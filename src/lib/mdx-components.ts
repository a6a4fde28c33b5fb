/**
 * The components an editor may write in an MDX body, with the attributes each accepts and the ones it cannot render
 * without. One list for the build check (./mdx-safety), the renderer (src/components/mdx/MdxBody.astro) and the
 * editor's buttons (admin/editor-components.ts). No imports: the admin bundles it.
 */
export const MDX_COMPONENTS = {
  Figure: { attributes: ['caption'], required: [] },
  Note: { attributes: ['title'], required: [] },
  Ruby: { attributes: ['base', 'reading'], required: ['base', 'reading'] },
  ActivityCard: { attributes: ['slug'], required: ['slug'] },
} as const satisfies Record<string, { attributes: readonly string[]; required: readonly string[] }>;

export type MdxComponentName = keyof typeof MDX_COMPONENTS;

/** Plain HTML an editor may write too, without attributes: ruby by hand. */
export const MDX_HTML_ELEMENTS = ['ruby', 'rt', 'rp'] as const;
