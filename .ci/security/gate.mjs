// Reads electronegativity's SARIF report (JSON, written by the scanner in one piece) and
// decides, failing closed: a report that is not exactly the shape the scanner writes is
// refused, and every finding must be justified in accepted-findings.json by its check,
// its file AND its code (the trimmed source line the finding points at), so the same
// check on another line of an accepted file still blocks.
// Findings the scanner marks for manual review (SARIF level "note") are listed, not gated.
// Usage: node gate.mjs <report.sarif> <accepted-findings.json> <scanned-root>
//   exit 0 = pass, 1 = unaccepted findings or a bad accepted list, 2 = unreadable report
import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, normalize } from 'node:path';
import process from 'node:process';

const out = (line = '') => process.stdout.write(`${line}\n`);
const LEVELS = new Set(['warning', 'note']);

class MalformedReport extends Error {}

function need(condition, what) {
  if (!condition) throw new MalformedReport(what);
}

const isPositiveInt = (value) => Number.isInteger(value) && value >= 1;

/**
 * Parses a SARIF report and returns its findings, with the code each points at read from
 * the scanned sources. Throws MalformedReport for anything the scanner would not write,
 * including a region whose length does not match the source line it names.
 */
export function readFindings(text, scannedRoot) {
  let report;
  try {
    report = JSON.parse(text);
  } catch (error) {
    throw new MalformedReport(`not JSON (${error.message})`);
  }
  need(report && typeof report === 'object' && report.version === '2.1.0', 'not a SARIF 2.1.0 report');
  need(Array.isArray(report.runs) && report.runs.length === 1, 'expected exactly one run');
  const [run] = report.runs;
  need(run?.tool?.driver?.name === 'Electronegativity', 'the report was not written by electronegativity');
  need(Array.isArray(run.results), 'the run has no results array');
  const lines = new Map();
  const sourceLines = (file) => {
    if (!lines.has(file)) {
      const path = join(scannedRoot, file);
      need(existsSync(path), `finding in a file that was not scanned: ${file}`);
      lines.set(file, readFileSync(path, 'utf8').split('\n'));
    }
    return lines.get(file);
  };
  return run.results.map((result, index) => {
    const where = `result ${index}`;
    need(result && typeof result.ruleId === 'string' && /^[A-Z0-9_]+$/.test(result.ruleId), `${where}: no check id`);
    need(LEVELS.has(result.level), `${where}: unknown level ${JSON.stringify(result.level)}`);
    need(typeof result.message?.text === 'string', `${where}: no message`);
    need(Array.isArray(result.locations) && result.locations.length === 1, `${where}: expected one location`);
    const location = result.locations[0].physicalLocation;
    const uri = location?.artifactLocation?.uri;
    const region = location?.region;
    need(typeof uri === 'string' && uri.length > 0, `${where}: no file`);
    need(region && isPositiveInt(region.startLine) && isPositiveInt(region.startColumn), `${where}: no line/column`);
    need(Number.isInteger(region.charLength) && region.charLength >= 0, `${where}: no code length`);
    let file = 'N/A';
    let code = '';
    if (uri === 'file:///') {
      need(region.charLength === 0, `${where}: an app-wide finding with code`);
    } else {
      file = normalize(uri);
      need(!isAbsolute(file) && !file.startsWith('..'), `${where}: file outside the scanned folder: ${uri}`);
      const line = sourceLines(file)[region.startLine - 1];
      need(line !== undefined, `${where}: line ${region.startLine} is past the end of ${file}`);
      // The scanner's "sample" is the trimmed line; its length must match what the report says.
      code = line.trim();
      need(code.length === region.charLength, `${where}: ${file}:${region.startLine} does not match the report`);
    }
    return {
      check: result.ruleId,
      gated: result.level === 'warning',
      file,
      line: region.startLine,
      code,
      description: result.message.text,
    };
  });
}

/** Every accepted finding needs a check, a file, the exact code and a real reason. */
export function checkAccepted(accepted) {
  if (!Array.isArray(accepted)) return 'accepted-findings.json must be a list';
  for (const entry of accepted) {
    const complete =
      entry && typeof entry.check === 'string' && typeof entry.file === 'string' && typeof entry.code === 'string' &&
      typeof entry.reason === 'string' && entry.reason.trim().length >= 20;
    if (!complete) return `accepted finding ${JSON.stringify(entry)} needs check, file, code and a real reason`;
  }
  return null;
}

/** Pairs findings with justifications; `verdict` is info, accepted or BLOCKING. */
export function judge(findings, accepted) {
  const used = new Set();
  const rows = findings.map((finding) => {
    const index = accepted.findIndex((a) => a.check === finding.check && a.file === finding.file && a.code === finding.code);
    if (index >= 0) used.add(index);
    const verdict = !finding.gated ? 'info' : index >= 0 ? 'accepted' : 'BLOCKING';
    return { ...finding, verdict, reason: index >= 0 ? accepted[index].reason : '' };
  });
  const unused = accepted.filter((_, index) => !used.has(index));
  return { rows, unused };
}

export function main([reportPath, acceptedPath, scannedRoot]) {
  if (!reportPath || !existsSync(reportPath) || !scannedRoot) {
    out(`electronegativity gate: FAILED - no report at ${reportPath}; the scanner did not run`);
    return 2;
  }
  let accepted;
  try {
    accepted = JSON.parse(readFileSync(acceptedPath, 'utf8'));
  } catch (error) {
    out(`electronegativity gate: FAILED - cannot read ${acceptedPath}: ${error.message}`);
    return 1;
  }
  const problem = checkAccepted(accepted);
  if (problem) {
    out(`electronegativity gate: FAILED - ${problem}`);
    return 1;
  }
  let findings;
  try {
    findings = readFindings(readFileSync(reportPath, 'utf8'), scannedRoot);
  } catch (error) {
    if (!(error instanceof MalformedReport)) throw error;
    out(`electronegativity gate: FAILED - malformed report, refused: ${error.message}`);
    return 2;
  }
  const { rows, unused } = judge(findings, accepted);
  out(`electronegativity: ${rows.length} finding(s)`);
  for (const r of rows) {
    out(`  [${r.verdict.padEnd(8)}] ${r.check} @ ${r.file}:${r.line}  ${r.code}`);
    if (r.verdict === 'BLOCKING') out(`               ${r.description}`);
    if (r.verdict === 'accepted') out(`               why: ${r.reason}`);
  }
  for (const a of unused) out(`  note: accepted finding no longer reported, remove it: ${a.check} @ ${a.file}: ${a.code}`);
  const count = (verdict) => rows.filter((r) => r.verdict === verdict).length;
  const blocking = count('BLOCKING');
  out(`electronegativity gate: ${blocking === 0 ? 'PASSED' : 'FAILED'} - ${blocking} blocking, ${count('accepted')} accepted, ${count('info')} for manual review`);
  if (blocking > 0) out('Fix each blocking finding, or justify it in .ci/security/accepted-findings.json ({check, file, code, reason}).');
  return blocking === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
