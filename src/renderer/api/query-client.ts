import { QueryClient } from '@tanstack/react-query';
import type { ContractError } from '../../contract/result';

/** A read that the backend refused: the contract's error, kept whole for the screen. */
export class ChannelError extends Error {
  constructor(readonly contractError: ContractError) {
    super(contractError.message);
  }
}

/**
 * The renderer's one cache of backend reads, keyed by [channel, input]. Every successful write
 * invalidates it (see useAction), so every screen showing a client — overview, caseload, programme,
 * charts — re-reads after a log, a clearance or a note instead of each page reloading by hand.
 * The backend is local: a re-read is cheap, a stale screen is not.
 */
export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Reads are re-done after every write and when a screen mounts; focus changes add nothing.
      staleTime: 0,
      refetchOnWindowFocus: false,
      // A refused read (not found, invalid input) will not succeed on a retry.
      retry: false,
    },
  },
});
