// Where an export goes. The desktop app gives the core a SaveFilePort (a save dialog and a file
// write, in src/main/electron/export-file.ts); the browser harness has none, so the content goes
// back to the page, which offers it as a download.
export interface ExportFile {
  fileName: string;
  mimeType: string;
  bytes: Uint8Array;
}

export interface SaveFilePort {
  /**
   * Asks where to save and writes the file. Resolves to the path, or null when the person
   * cancelled. Throws HarborError('read_only') with a plain message when the file cannot be written.
   */
  save(file: ExportFile): Promise<string | null>;
}

export class ExportSupport {
  private readonly port: SaveFilePort | null;

  /** `port`: the desktop's save dialog (core/platform.ts); null in the harness. */
  constructor(port: SaveFilePort | null) {
    this.port = port;
  }

  saveFilePort(): SaveFilePort | null {
    return this.port;
  }
}
