import { useEffect, useState } from 'react';
import { useStore } from 'zustand';
import QRCode from 'qrcode';
import type { RoomSessionState } from '../../store/room-session';
import { useServices } from '../../services-context';

/** The open room's state, as a selector like `useAppState`. */
export function useRoomState<T>(selector: (state: RoomSessionState) => T): T {
  return useStore(useServices().room.state, selector);
}

/** An SVG QR code of `text` as an image address (null while it is made). */
export function useQrImage(text: string | null): string | null {
  const [made, setMade] = useState<{ text: string; image: string } | null>(null);
  useEffect(() => {
    let current = true;
    if (text) {
      void QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
        if (current) setMade({ text, image: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}` });
      });
    }
    return () => {
      current = false;
    };
  }, [text]);
  return made && made.text === text ? made.image : null;
}
