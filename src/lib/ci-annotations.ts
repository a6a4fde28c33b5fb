/**
 * GitHub Actions workflow commands (`::error file=…,line=…,title=…::message`): printed by the content check in a
 * GitHub Actions run, each problem becomes an annotation of the run, which the editors' status page (/admin/status/)
 * reads back through GitHub's API. Escaping follows GitHub's runner (toolkit's command.ts): `%`, CR and LF in the
 * message; those and also `:` and `,` in a property.
 */

/** A message of a workflow command. */
export const escapeData = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A property's value of a workflow command (`file=`, `title=`…). */
export const escapeProperty = (text: string) => escapeData(text).replaceAll(':', '%3A').replaceAll(',', '%2C');

export interface Annotation {
  file?: string;
  line?: number;
  title?: string;
  message: string;
}

/** One `::error …::…` line; properties left out when they have no value. */
export function errorCommand({ file, line, title, message }: Annotation): string {
  const properties = [
    ...(file ? [`file=${escapeProperty(file)}`] : []),
    ...(line ? [`line=${line}`] : []),
    ...(title ? [`title=${escapeProperty(title)}`] : []),
  ].join(',');
  return `::error${properties ? ` ${properties}` : ''}::${escapeData(message)}`;
}

/** Whether this process runs as a step of GitHub Actions (which sets GITHUB_ACTIONS=true). */
export const inGitHubActions = (env: Record<string, string | undefined> = process.env) => env.GITHUB_ACTIONS === 'true';
