// Upkeep report for editors: `npm run content:report`. Prints, by slug, what needs re-checking or mending, and
// exits 1 when anything does (CI shows it as a warning). SITE_NOW=2026-12-03 judges it at another date.
import { formatUpkeepReport, upkeepCount, upkeepReport } from '../src/lib/upkeep.ts';
import { readUpkeepInput } from '../src/lib/upkeep-files.ts';

const now = new Date(process.env.SITE_NOW ?? Date.now());
const sections = upkeepReport(readUpkeepInput(process.cwd()), now);
process.stdout.write(formatUpkeepReport(sections, now));
process.exitCode = upkeepCount(sections) > 0 ? 1 : 0;
