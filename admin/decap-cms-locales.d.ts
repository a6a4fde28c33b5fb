declare module 'decap-cms-locales' {
  /** Decap's Japanese phrases (nested objects of strings). */
  export const ja: Record<string, unknown>;
}
