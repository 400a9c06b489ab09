// Reads electronegativity's CSV report and decides: every HIGH or MEDIUM finding must be
// justified in accepted-findings.json (matched by check + file, so moving a line does not
// void a justification, while the same check in a new file does need its own).
// Usage: node gate.mjs <report.csv> <accepted-findings.json>
import { existsSync, readFileSync } from 'node:fs';
import process from 'node:process';

const GATED = new Set(['HIGH', 'MEDIUM']);
const out = (line = '') => process.stdout.write(`${line}\n`);

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and newlines. */
export function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') endField();
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      endRow();
    } else field += c;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows.filter((r) => r.some((cell) => cell.trim() !== ''));
}

function findings(csvText) {
  const [header, ...rows] = parseCsv(csvText);
  const names = (header ?? []).map((name) => name.trim().toLowerCase());
  const column = (name) => {
    const index = names.indexOf(name);
    if (index < 0) throw new Error(`report has no "${name}" column (header: ${names.join(', ')})`);
    return index;
  };
  const [check, severity, confidence, file, location, description] =
    ['issue', 'severity', 'confidence', 'filename', 'location', 'description'].map(column);
  const broken = rows.find((r) => r.length < names.length);
  if (broken) throw new Error(`malformed report row: ${JSON.stringify(broken)}`);
  return rows.map((r) => ({
    check: r[check].trim(),
    severity: r[severity].trim().toUpperCase(),
    confidence: r[confidence].trim(),
    file: r[file].trim(),
    location: r[location].trim(),
    description: r[description].trim(),
  }));
}

function main([reportPath, acceptedPath]) {
  if (!reportPath || !existsSync(reportPath)) {
    out(`electronegativity gate: FAILED - no report at ${reportPath}; the scanner did not run`);
    return 2;
  }
  const accepted = existsSync(acceptedPath) ? JSON.parse(readFileSync(acceptedPath, 'utf8')) : [];
  for (const entry of accepted) {
    if (!entry.check || !entry.file || typeof entry.reason !== 'string' || entry.reason.trim().length < 20) {
      out(`electronegativity gate: FAILED - accepted finding ${JSON.stringify(entry)} needs check, file and a real reason`);
      return 1;
    }
  }
  let all;
  try {
    all = findings(readFileSync(reportPath, 'utf8'));
  } catch (error) {
    out(`electronegativity gate: FAILED - cannot read the report: ${error.message}`);
    return 2;
  }
  const used = new Set();
  const rows = all.map((finding) => {
    const index = accepted.findIndex((a) => a.check === finding.check && a.file === finding.file);
    if (index >= 0) used.add(index);
    const verdict = !GATED.has(finding.severity) ? 'info' : index >= 0 ? 'accepted' : 'BLOCKING';
    return { ...finding, verdict, reason: index >= 0 ? accepted[index].reason : '' };
  });

  out(`electronegativity: ${all.length} finding(s)`);
  for (const r of rows) {
    out(`  [${r.verdict.padEnd(8)}] ${r.severity.padEnd(13)} ${r.check} @ ${r.file}:${r.location}`);
    if (r.verdict === 'BLOCKING') out(`               ${r.description}`);
    if (r.verdict === 'accepted') out(`               why: ${r.reason}`);
  }
  accepted.forEach((a, index) => {
    if (!used.has(index)) out(`  note: accepted finding no longer reported, remove it: ${a.check} @ ${a.file}`);
  });
  const blocking = rows.filter((r) => r.verdict === 'BLOCKING');
  const count = (verdict) => rows.filter((r) => r.verdict === verdict).length;
  out(`electronegativity gate: ${blocking.length === 0 ? 'PASSED' : 'FAILED'} - ${blocking.length} blocking, ${count('accepted')} accepted, ${count('info')} below MEDIUM`);
  if (blocking.length > 0) out('Fix each blocking finding, or justify it in .ci/security/accepted-findings.json ({check, file, reason}).');
  return blocking.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main(process.argv.slice(2));
