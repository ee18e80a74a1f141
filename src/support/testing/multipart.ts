/** A real 1×1 PNG. */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);

/** A PNG of exactly `size` bytes: a real PNG followed by padding (still detected as PNG). */
export function pngOfSize(size: number): Buffer {
  const buffer = Buffer.alloc(size, 0);
  PNG.copy(buffer);
  return buffer;
}

/** The start of a JPEG (SOI + JFIF APP0), enough for content sniffing. */
export const JPEG = Buffer.concat([
  Buffer.from([
    0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00,
    0x01, 0x00, 0x00,
  ]),
  Buffer.alloc(200, 0),
  Buffer.from([0xff, 0xd9]),
]);

/** A Windows executable's header (MZ … PE), to be sent under a .png name. */
export const EXE = (() => {
  const buffer = Buffer.alloc(512, 0);
  buffer.write('MZ', 0, 'latin1');
  buffer.writeUInt32LE(0x80, 0x3c);
  buffer.write('PE\0\0', 0x80, 'latin1');
  return buffer;
})();
