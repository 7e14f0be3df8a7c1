/**
 * Stripe's Payment Element lives in an iframe that our CSS cannot reach; its look is set through
 * Stripe's Appearance API instead. We hand it the element's effective `--amicable-*` tokens (read
 * from the computed style, so a host's theme, dark mode and our defaults all count), converted to
 * the values Stripe accepts.
 */

/** The part of Stripe's `Appearance` we set. */
export interface StripeAppearance {
  theme: 'stripe' | 'night';
  variables: Record<string, string>;
}

/** Reads a computed custom property, e.g. `--_amicable-color-accent`. */
export type TokenReader = (name: string) => string;

// Stripe takes hex, rgb(a) and hsl(a) colours; system colours (forced-colours mode) or newer
// syntaxes are left to Stripe's own defaults rather than sent and rejected.
const STRIPE_COLOR = /^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|hsla?\([\d\s.,%deg]+\))$/i;

function color(value: string): string | undefined {
  const trimmed = value.trim();
  return STRIPE_COLOR.test(trimmed) ? trimmed : undefined;
}

/** Relative luminance of a `#rgb`/`#rrggbb` or `rgb()` colour, 0 (black) to 1 (white); `undefined` if unknown. */
export function luminance(value: string): number | undefined {
  let channels: number[] | undefined;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})([0-9a-f]{2})?$/i.exec(value.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d).join('') : hex[1]!;
    channels = [0, 2, 4].map((index) => Number.parseInt(digits.slice(index, index + 2), 16));
  } else {
    const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/i.exec(value.trim());
    if (rgb) channels = [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  }
  if (!channels) return undefined;
  const [r, g, b] = channels.map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `0.25em` at a 16px font → `4px`; px values pass; anything else → `undefined`. */
function toPixels(value: string, fontSizePx: number): number | undefined {
  const match = /^(-?[\d.]+)(px|em|rem)$/.exec(value.trim());
  if (!match) return undefined;
  const number = Number(match[1]);
  return match[2] === 'px' ? number : number * fontSizePx;
}

/**
 * Stripe's Appearance from our tokens. `read` returns a computed custom property; `fontSize` is
 * the element's computed font size (`16px`). Values Stripe would not understand are left out.
 */
export function appearanceFromTokens(read: TokenReader, fontSize: string): StripeAppearance {
  const token = (name: string) => read(`--_amicable-${name}`).trim();
  const fontSizePx = Number.parseFloat(fontSize) || 16;
  const variables: Record<string, string> = {};
  const set = (key: string, value: string | undefined) => {
    if (value) variables[key] = value;
  };
  set('colorPrimary', color(token('color-accent')));
  set('colorBackground', color(token('color-surface')));
  set('colorText', color(token('color-text')));
  set('colorTextSecondary', color(token('color-text-muted')));
  set('colorDanger', color(token('color-danger')));
  set('colorSuccess', color(token('color-success')));
  set('colorWarning', color(token('color-warning')));
  const family = token('font-family');
  // Stripe cannot load the host's web fonts; a stack still picks the closest installed face.
  if (family && !/[<>{};]/.test(family)) set('fontFamily', family);
  set('fontSizeBase', `${Math.round(fontSizePx)}px`);
  const radius = toPixels(token('radius'), fontSizePx);
  if (radius !== undefined) set('borderRadius', `${radius}px`);
  // Stripe's unit is 2px by default; our first spacing step is 4px by default: half of it.
  const space = toPixels(token('space-1'), fontSizePx);
  if (space !== undefined) set('spacingUnit', `${Math.max(1, Math.round(space / 2))}px`);
  const background = luminance(variables.colorBackground ?? '');
  return { theme: background !== undefined && background < 0.3 ? 'night' : 'stripe', variables };
}
