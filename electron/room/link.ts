/** What the hub sends through: a connection's end and the messages it carries. */

/**
 * One text message: its text, or its UTF-8 bytes in fragments sent as one
 * message (a view: the device's own head, then the board's bytes that every
 * device shares, written once and never copied per device).
 */
export type Frame = string | readonly Uint8Array[];

/** A frame's text, as the device reads it. */
export const frameText = (frame: Frame): string => (typeof frame === 'string' ? frame : Buffer.concat(frame).toString());

/** One end of a connection, as the hub sees it. */
export interface Link {
  readonly address: string;
  send(frame: Frame): void;
  close(code: number): void;
}
