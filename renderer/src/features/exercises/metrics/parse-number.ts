/** Parses a typed number, accepting a decimal comma and spaces; empty is "not entered". */
export function parseNumber(raw: string): number | undefined {
  const cleaned = raw.replace(/\s/g, '').replace(',', '.');
  return cleaned === '' ? undefined : Number(cleaned);
}
