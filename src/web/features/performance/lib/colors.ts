/*
 * The category colours come from the plan (the server): "Baik (Hijau)" and so on. Some are too
 * light for text (orange on white is 3:1), so the screens never write in them directly: they
 * derive a tint for backgrounds and a shade dark enough for text, checked against WCAG AA (4.5:1).
 */

type Rgb = [number, number, number];

function parseHex(hex: string): Rgb | null {
  const match = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const n = Number.parseInt(match[1]!, 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function toHex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** WCAG 2.1 relative luminance. */
function luminance([r, g, b]: Rgb): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const ca = parseHex(a);
  const cb = parseHex(b);
  if (!ca || !cb) return 1;
  const [hi, lo] = [luminance(ca), luminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function mix(a: Rgb, b: Rgb, share: number): Rgb {
  return [0, 1, 2].map((i) => a[i]! * share + b[i]! * (1 - share)) as Rgb;
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];
const NEUTRAL = '#868e96';

export interface CategoryStyle {
  /** The plan's colour itself: borders, bars, dots (never text). */
  accent: string;
  /** A light tint of it, for a badge's background. */
  tint: string;
  /** A shade of it readable on both white and the tint (≥ 4.5:1). */
  text: string;
}

/** The tint, accent and readable text colour for a category colour (grey when there is none). */
export function categoryStyle(color: string | null | undefined): CategoryStyle {
  const accent = color && parseHex(color) ? color : NEUTRAL;
  const rgb = parseHex(accent)!;
  const tint = toHex(mix(rgb, WHITE, 0.14));
  // Darken step by step until the text reads on the tint (the tint is lighter than white is not).
  let text = rgb;
  for (let step = 0; step < 20 && contrastRatio(toHex(text), tint) < 4.5; step++) text = mix(text, BLACK, 0.88);
  return { accent, tint, text: toHex(text) };
}
