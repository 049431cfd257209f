// Real audio files built in the tests.
/** A real WAV: a RIFF header and a short silence, or a quiet tone of `toneHz` (8 kHz, 8-bit mono). */
export function wav(samples = 800, toneHz = 0): Buffer {
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'latin1');
  header.writeUInt32LE(36 + samples, 4);
  header.write('WAVEfmt ', 8, 'latin1');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(8000, 28);
  header.writeUInt16LE(1, 32);
  header.writeUInt16LE(8, 34);
  header.write('data', 36, 'latin1');
  header.writeUInt32LE(samples, 40);
  const body = Buffer.alloc(samples, 128);
  if (toneHz > 0) for (let i = 0; i < samples; i++) body[i] = 128 + Math.round(20 * Math.sin((2 * Math.PI * toneHz * i) / 8000));
  return Buffer.concat([header, body]);
}
