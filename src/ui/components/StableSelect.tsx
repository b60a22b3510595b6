import React, { useCallback, useMemo, useRef } from 'react';
import { Select } from '@inkjs/ui';

export interface StableSelectProps {
  options: { label: string; value: string }[];
  onSelect: (value: string) => void;
  visibleOptionCount?: number;
  isDisabled?: boolean;
}

/**
 * @inkjs/ui's Select calls onChange from an effect whose dependencies include `options` and
 * `onChange`, so with inline props it fires again on every re-render (one Enter recorded as
 * several answers). This wrapper keeps both stable and fires once per selection.
 */
export function StableSelect({ options, onSelect, visibleOptionCount, isDisabled }: StableSelectProps) {
  const latest = useRef(onSelect);
  latest.current = onSelect;
  const fired = useRef<string | undefined>(undefined);
  const key = options.map((o) => `${o.value}\u0000${o.label}`).join('\u0001');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stableOptions = useMemo(() => options, [key]);
  const onChange = useCallback((value: string) => {
    if (fired.current === value) return;
    fired.current = value;
    latest.current(value);
  }, []);
  return <Select options={stableOptions} onChange={onChange} visibleOptionCount={visibleOptionCount} isDisabled={isDisabled} />;
}
