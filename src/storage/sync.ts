// Other tabs. Each write announces {journeyId, rev, tabId} on a BroadcastChannel, so a tab showing that
// journey learns it is stale at once. Correctness does not hang on the message: a save is conditional on
// the stored rev (see backend.ts), so a stale tab never overwrites newer changes even if a message is lost.

export const CHANNEL_NAME = 'cx-touchpoint-mapper';

export interface SaveAnnouncement {
  journeyId: string;
  rev: number;
  tabId: string;
  /** The journey was deleted (rev is then the rev it would have had next). */
  deleted?: boolean;
}

/** What the store needs: a way to tell other tabs about a write. */
export interface Announcer {
  announce(journeyId: string, rev: number, deleted?: boolean): void;
}

type ChannelLike = Pick<BroadcastChannel, 'postMessage' | 'close'> & {
  onmessage: ((event: MessageEvent) => void) | null;
  unref?: () => void;
};

export interface TabSyncOptions {
  channelName?: string;
  tabId?: string;
  /** The BroadcastChannel constructor; defaults to the global one, which may be missing (old browsers). */
  BroadcastChannel?: (new (name: string) => ChannelLike) | undefined;
}

const isAnnouncement = (data: unknown): data is SaveAnnouncement => {
  const d = data as Partial<SaveAnnouncement> | null;
  return typeof d === 'object' && d !== null && typeof d.journeyId === 'string' &&
    typeof d.rev === 'number' && typeof d.tabId === 'string';
};

export function newTabId(): string {
  return globalThis.crypto.randomUUID();
}

export class TabSync implements Announcer {
  readonly tabId: string;
  private readonly channel: ChannelLike | null;
  private readonly listeners = new Set<(message: SaveAnnouncement) => void>();

  constructor(options: TabSyncOptions = {}) {
    this.tabId = options.tabId ?? newTabId();
    const Channel = 'BroadcastChannel' in options
      ? options.BroadcastChannel
      : (globalThis.BroadcastChannel as TabSyncOptions['BroadcastChannel']);
    this.channel = Channel ? new Channel(options.channelName ?? CHANNEL_NAME) : null;
    this.channel?.unref?.(); // Node: the channel alone does not keep a script running
    if (this.channel) {
      this.channel.onmessage = (event) => {
        if (!isAnnouncement(event.data) || event.data.tabId === this.tabId) return;
        for (const listener of [...this.listeners]) listener(event.data);
      };
    }
  }

  /** False when this browser has no BroadcastChannel: other tabs are then noticed only on save. */
  get connected(): boolean {
    return this.channel !== null;
  }

  announce(journeyId: string, rev: number, deleted = false): void {
    const message: SaveAnnouncement = { journeyId, rev, tabId: this.tabId };
    if (deleted) message.deleted = true;
    try {
      this.channel?.postMessage(message);
    } catch {
      // A closed channel: the conditional save still keeps the data safe.
    }
  }

  /** Calls `listener` with every announcement of another tab; returns the unsubscribe. */
  onOtherTab(listener: (message: SaveAnnouncement) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  close(): void {
    this.listeners.clear();
    this.channel?.close();
  }
}

/**
 * Whether an announcement makes this tab's copy of a journey stale: another tab wrote it at a rev newer
 * than the one this tab last read or wrote (`knownRev`, from `JourneyStore.revOf`).
 */
export function isNewerThan(message: SaveAnnouncement, journeyId: string, knownRev: number | undefined): boolean {
  return message.journeyId === journeyId && (knownRev === undefined || message.rev > knownRev);
}
