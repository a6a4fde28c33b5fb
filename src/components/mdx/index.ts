/** The components editors may use in MDX bodies (the allow-list in src/lib/mdx-safety.ts names the same ones). */
import ActivityCard from './ActivityCard.astro';
import Figure from './Figure.astro';
import Note from './Note.astro';
import Ruby from './Ruby.astro';

export const mdxComponents = { ActivityCard, Figure, Note, Ruby };
