/**
 * The little of fontkit (pdfkit's font engine) that we use: parsing a font once so that every
 * document reuses it, and asking which characters it has. fontkit ships no type declarations.
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    readonly unitsPerEm: number;
    readonly ascent: number;
    layout(text: string): unknown;
    hasGlyphForCodePoint(codePoint: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
