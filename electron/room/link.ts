import { constants, deflateRawSync } from 'node:zlib';

/** What the hub sends through: a connection's end and the messages it carries. */

/**
 * A device's whole view with a board: its own head and the board's bytes,
 * which every device showing that board shares. The board is written (and
 * compressed) once however many devices are sent it — 200 after a reveal.
 */
export class WholeView {
  private packed: Uint8Array[] | null = null;

  /**
   * @param head the view's JSON up to the board: `{…,"activity":{…,`
   * @param board the board's JSON without its opening brace: `"columns":…,"stacks":…}`
   */
  constructor(
    private readonly head: string,
    private readonly board: SharedBytes,
  ) {}

  /** One text message in fragments: the head, the board, the close. */
  text(): readonly Uint8Array[] {
    return [Buffer.from(this.head), this.board.text, CLOSE_TEXT];
  }

  /**
   * The same text as one raw-deflate stream (for a device that said it reads
   * them, `?views=deflate-raw`): the head and the board are each compressed
   * on their own and flushed to a byte boundary, so their streams join into
   * one, which the close ends. A revealed board of 2,000 notes, 262 KB of text, is sent as 60 KB.
   */
  deflated(): readonly Uint8Array[] {
    this.packed ??= [deflateRawSync(this.head, SYNC_FLUSH), this.board.deflated(), CLOSE_DEFLATED];
    return this.packed;
  }
}

/** A board's UTF-8 bytes, and the same bytes compressed on first use. */
export class SharedBytes {
  private compressed: Buffer | null = null;

  constructor(readonly text: Buffer) {}

  deflated(): Buffer {
    this.compressed ??= deflateRawSync(this.text, SYNC_FLUSH);
    return this.compressed;
  }
}

const SYNC_FLUSH = { finishFlush: constants.Z_SYNC_FLUSH };
const CLOSE_TEXT = Buffer.from('}}');
const CLOSE_DEFLATED = deflateRawSync(CLOSE_TEXT);

/** One message: a text, or a whole view sent as text fragments or deflated as the device asked. */
export type Frame = string | WholeView;

/** A frame's text, as the device reads it. */
export const frameText = (frame: Frame): string => (typeof frame === 'string' ? frame : Buffer.concat(frame.text()).toString());

/** One end of a connection, as the hub sees it. */
export interface Link {
  readonly address: string;
  send(frame: Frame): void;
  close(code: number): void;
}
