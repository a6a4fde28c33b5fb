/** `{name}` placeholders filled from `params`; one left without a value stays visible rather than vanishing. */
export const fill = (text: string, params: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (match, name: string) => String(params[name] ?? match));
