/**
 * Non-negative integers as printable ASCII, one char per "digit": the text form of the weights asset.
 *
 * 90 symbols ('#' to '~' without the backslash, so JSON never escapes them): a symbol below 45 is a final
 * digit, a symbol of 45 or more is a leading digit (value − 45) with more to come, most significant first.
 * Numbers below 45 take one char. Unlike base64 of binary, every number starts on a char boundary, so gzip's
 * Huffman stage sees the actual value distribution; that makes the gzipped asset about a fifth smaller.
 */
const FIRST_CODE = 0x23; // '#'
const BACKSLASH = 0x5c;
const BASE = 45;

function symbolOf(digit: number): string {
  const code = FIRST_CODE + digit;
  return String.fromCharCode(code >= BACKSLASH ? code + 1 : code);
}

/** Zigzag: 0, −1, 1, −2, … → 0, 1, 2, 3, … so that small negative numbers stay small. */
export function zigzag(value: number): number {
  return value < 0 ? -2 * value - 1 : 2 * value;
}

export function unzigzag(value: number): number {
  return value % 2 === 0 ? value / 2 : -(value + 1) / 2;
}

export class SymbolWriter {
  private readonly parts: string[] = [];
  private readonly digits: number[] = [];

  write(value: number): void {
    if (value < 0 || !Number.isSafeInteger(value)) throw new Error(`Cannot encode ${value}`);
    const digits = this.digits;
    digits.length = 0;
    let rest = value;
    do {
      digits.push(rest % BASE);
      rest = Math.floor(rest / BASE);
    } while (rest > 0);
    for (let i = digits.length - 1; i > 0; i--) this.parts.push(symbolOf((digits[i] as number) + BASE));
    this.parts.push(symbolOf(digits[0] as number));
  }

  writeSigned(value: number): void {
    this.write(zigzag(value));
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Reads the numbers of a stream one by one. */
export class SymbolReader {
  private position = 0;

  constructor(private readonly text: string) {}

  get done(): boolean {
    return this.position >= this.text.length;
  }

  read(): number {
    const text = this.text;
    let value = 0;
    for (;;) {
      if (this.position >= text.length) throw new Error('Truncated symbol stream');
      const code = text.charCodeAt(this.position++);
      const digit = code > BACKSLASH ? code - FIRST_CODE - 1 : code - FIRST_CODE;
      if (digit < 0 || digit >= 2 * BASE || code === BACKSLASH)
        throw new Error(`Invalid symbol code ${code}`);
      if (digit < BASE) return value * BASE + digit;
      value = value * BASE + (digit - BASE);
    }
  }

  readSigned(): number {
    return unzigzag(this.read());
  }
}
