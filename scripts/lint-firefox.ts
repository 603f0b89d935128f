/**
 * `web-ext lint` of the Firefox build, printed one finding a line (its table is cut at 80 columns
 * in CI logs). Fails on any error or warning, as AMO review would question them; notices are
 * printed only. Usage: `tsx scripts/lint-firefox.ts [extension folder]`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

interface Finding {
  _type: 'error' | 'warning' | 'notice';
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: Finding[];
  warnings: Finding[];
  notices: Finding[];
}

export function formatFinding(f: Finding): string {
  const where = f.file
    ? `${f.file}${f.line ? `:${f.line}${f.column ? `:${f.column}` : ''}` : ''}`
    : '';
  const description = [f.description ?? []].flat().join(' ').replace(/\s+/g, ' ').trim();
  return [`${f._type.toUpperCase()} ${f.code}`, where, f.message, description]
    .filter(Boolean)
    .join(' · ');
}

function main() {
  const dir = resolve(
    process.argv[2] ?? join(process.env.FACT_CARDS_OUT_DIR ?? '.output', 'firefox-mv2'),
  );
  if (!existsSync(join(dir, 'manifest.json'))) {
    console.error(`No Firefox build at ${dir}: run \`npm run build\` first.`);
    process.exit(2);
  }
  const run = spawnSync(
    join('node_modules', '.bin', 'web-ext'),
    ['lint', '--source-dir', dir, '--self-hosted', '--output', 'json', '--no-config-discovery'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  let report: LintReport;
  try {
    report = JSON.parse(run.stdout) as LintReport;
  } catch {
    console.error(
      `web-ext lint gave no report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`,
    );
    process.exit(2);
  }
  for (const finding of [...report.errors, ...report.warnings, ...report.notices]) {
    console.log(formatFinding(finding));
  }
  const { errors, warnings, notices } = report.summary;
  console.log(`web-ext lint ${dir}: ${errors} errors, ${warnings} warnings, ${notices} notices`);
  if (errors + warnings > 0) process.exit(1);
}

main();
