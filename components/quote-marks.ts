/**
 * A verbatim quote between quotation marks. Quotes inside it become single marks, as nested
 * quotes are printed, so a quote that ends in a quote reads ‘…dated.’” and never ”” .
 */
export function inQuotes(quote: string): string {
  const inner = quote.replace(/“/g, '‘').replace(/”/g, '’');
  return `“${inner}”`;
}
