/**
 * The EPC QR code ("GiroCode") for a euro transfer: the payload comes from the API (built by the
 * domain's `epcQrPayload`), the symbol is encoded here by `uqr` (a small, dependency-free port of
 * Nayuki's QR Code generator) and drawn by the element as one SVG path, with no HTML parsing.
 * `uqr` is imported only when a QR code is shown, so it travels only with `<amicable-pay-now>`.
 */

/** A QR symbol: `size` × `size` modules, `true` for dark, quiet zone included. */
export interface QrSymbol {
  size: number;
  modules: boolean[][];
  version: number;
}

/** The quiet zone EPC069-12 and ISO 18004 ask for: four modules on every side. */
export const QUIET_ZONE = 4;

/** Encodes an EPC payload at error correction level M, as EPC069-12 requires (never boosted). */
export async function encodeEpcQr(payload: string): Promise<QrSymbol> {
  const { encode } = await import('uqr');
  const result = encode(payload, { ecc: 'M', boostEcc: false, border: QUIET_ZONE });
  return { size: result.size, modules: result.data, version: result.version };
}

/** The dark modules as one SVG path, one `h`-run per horizontal stretch (compact and crisp). */
export function qrPath(modules: readonly (readonly boolean[])[]): string {
  const commands: string[] = [];
  modules.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < row.length && row[x]) x += 1;
      commands.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  });
  return commands.join('');
}

/**
 * The EPC payload with another amount (a part payment): the eighth line is the amount, the rest
 * (beneficiary, IBAN, reference) stays as the server wrote it. `cents` must be 1–99999999999.
 */
export function withEpcAmount(payload: string, cents: number): string {
  const lines = payload.split('\n');
  if (lines[0] !== 'BCD' || lines.length < 8 || !/^EUR\d+\.\d{2}$/.test(lines[7] ?? '')) return payload;
  const text = String(cents).padStart(3, '0');
  lines[7] = `EUR${text.slice(0, -2)}.${text.slice(-2)}`;
  return lines.join('\n');
}
