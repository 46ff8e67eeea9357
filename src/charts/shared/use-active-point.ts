// Which mark of a chart the pointer is over or the keyboard is on (for the tooltip and the focus ring).

import { useCallback, useState } from 'react';
import type { ActiveHandler } from './ChartPoint.tsx';

export interface ActivePoint {
  /** The hovered mark, else the focused one: the tooltip's. */
  activeId: string | null;
  /** The mark with keyboard-visible focus: the focus ring's. */
  focusVisibleId: string | null;
  onActive: ActiveHandler;
}

export function useActivePoint(): ActivePoint {
  const [hover, setHover] = useState<string | null>(null);
  const [focus, setFocus] = useState<{ id: string | null; visible: boolean }>({ id: null, visible: false });
  const onActive = useCallback<ActiveHandler>((id, how) => {
    if (how === 'hover') setHover(id);
    else setFocus({ id, visible: how === 'focus-visible' });
  }, []);
  return { activeId: hover ?? focus.id, focusVisibleId: focus.visible ? focus.id : null, onActive };
}
