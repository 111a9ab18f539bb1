/** A whole number from the command line, or a one-line error naming the argument. */
export function parseInteger(text: string, name: string): number {
  if (!/^[+-]?\d+$/.test(text.trim())) throw new Error(`${name} 应为整数，实际为 "${text}" / ${name} must be a whole number, got "${text}"`);
  return Number(text);
}
