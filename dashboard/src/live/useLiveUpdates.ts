import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { applyFrame } from './cacheMerge';
import { useConnectionStore } from './connectionStore';
import { LiveConnection, liveUrl, type SocketFactory } from './liveConnection';

/** Keeps a live socket open while signed in and merges its frames into the query caches. */
export function useLiveUpdates(token: string | null, socketFactory?: SocketFactory): void {
  const client = useQueryClient();

  useEffect(() => {
    if (!token) return;
    const { setState, markFrame } = useConnectionStore.getState();
    const connection = new LiveConnection({
      url: liveUrl(token),
      socketFactory,
      onState: setState,
      onFrame: (frame) => {
        applyFrame(client, frame);
        markFrame(Date.now());
      },
      onReconnected: () => void client.invalidateQueries(),
    });
    connection.start();
    return () => connection.stop();
  }, [token, client, socketFactory]);
}
