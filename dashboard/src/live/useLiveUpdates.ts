import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { currentToken } from '../auth/authStore';
import { applyFrame } from './cacheMerge';
import { useConnectionStore } from './connectionStore';
import { LiveConnection, liveUrl, type SocketFactory } from './liveConnection';

/**
 * Keeps a live socket open while signed in and merges its frames into the query caches. The socket
 * lives as long as the session, not the access token: each reconnect takes the current token.
 */
export function useLiveUpdates(signedIn: boolean, socketFactory?: SocketFactory): void {
  const client = useQueryClient();

  useEffect(() => {
    if (!signedIn) return;
    const { setState, markFrame } = useConnectionStore.getState();
    const connection = new LiveConnection({
      url: () => liveUrl(currentToken() ?? ''),
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
  }, [signedIn, client, socketFactory]);
}
