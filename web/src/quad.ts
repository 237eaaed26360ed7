/** CAMEO quad classes: names and the colours every view uses for them. */
export const QUAD_LABEL: Record<number, string> = { 1: 'Verbal cooperation', 2: 'Material cooperation', 3: 'Verbal conflict', 4: 'Material conflict' };
export const QUAD_COLOUR: Record<number, string> = { 1: '#4c9f70', 2: '#1f6f8b', 3: '#e0a030', 4: '#c8423b' };

/** Goldstein -10..10 to a colour from red through grey to green. */
export function goldsteinColour(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 10));
  const mix = (a: number, b: number, f: number) => Math.round(a + (b - a) * f);
  const grey = [150, 150, 150];
  const end = t < 0 ? [200, 50, 45] : [40, 150, 90];
  const f = Math.abs(t);
  return `rgb(${mix(grey[0]!, end[0]!, f)}, ${mix(grey[1]!, end[1]!, f)}, ${mix(grey[2]!, end[2]!, f)})`;
}
