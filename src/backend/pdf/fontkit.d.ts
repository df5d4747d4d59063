/**
 * The little of fontkit (pdfkit's font engine) that we use: parsing a font once so that every
 * document reuses it. fontkit ships no type declarations.
 */
declare module 'fontkit' {
  export interface Font {
    readonly postscriptName: string;
    layout(text: string): unknown;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}
