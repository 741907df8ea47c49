import { create } from 'zustand';

export type ConnectionState = 'idle' | 'connecting' | 'open' | 'waiting';

interface ConnectionStore {
  state: ConnectionState;
  /** When the next reconnect attempt happens (epoch ms), while waiting. */
  retryAt: number | null;
  /** When the last frame arrived (epoch ms). */
  lastFrameAt: number | null;
  setState: (state: ConnectionState, retryAt?: number | null) => void;
  markFrame: (at: number) => void;
}

/** The live socket's state, shown in the header. */
export const useConnectionStore = create<ConnectionStore>()((set) => ({
  state: 'idle',
  retryAt: null,
  lastFrameAt: null,
  setState: (state, retryAt = null) => set({ state, retryAt }),
  markFrame: (at) => set({ lastFrameAt: at }),
}));
