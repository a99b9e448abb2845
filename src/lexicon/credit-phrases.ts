/**
 * Contributor lines: "VOA's Afghanistan Service contributed to this report.",
 * "Reporting by Jane Doe; Editing by John Roe". Each is tested against a whole line.
 */
export const creditPatterns: readonly RegExp[] = [
  /^(?:[-–—]\s*)?(.{2,200}?)\s+(?:also\s+)?contributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report(?:ing)?|story|article))?(?:\s+(?:from|in)\s+[^.]{1,80})?\.?$/i,
  /^(?:additional\s+)?(?:reporting|writing|editing|research|graphics|contributing)(?:\s+by)?\s*[:-]?\s+(.{2,300})$/i,
  /^(?:compiled|edited|written|produced|translated)\s+by\s+(.{2,200})$/i
]
