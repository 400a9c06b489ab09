/** `Alignboard – Q1 alignment – 2026-12-01.pdf`: what the save dialog proposes. */
export function exportFileName(title: string, date: string, extension: string): string {
  // eslint-disable-next-line no-control-regex
  const safe = title.replace(/[<>:"/\\|?*\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 100);
  return `Alignboard – ${safe} – ${date}.${extension}`;
}
