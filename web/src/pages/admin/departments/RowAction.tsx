import { Button, Tooltip } from 'antd';
import { useState, type ReactNode } from 'react';

/**
 * An icon button in a table row with its name in a tooltip. The tooltip closes on the click and stays closed while
 * `blocked` (the dialog the button opened is up): the dialog's mask covers the button, so the mouse never "leaves" it
 * and an uncontrolled tooltip would stay drawn over the dialog (or open late, from its hover delay).
 */
export function RowAction({ title, label, icon, blocked, onClick }: { title: string; label: string; icon: ReactNode; blocked: boolean; onClick: () => void }) {
  const [open, setOpen] = useState(false);
  return (
    <Tooltip title={title} open={open && !blocked} onOpenChange={(next) => setOpen(next && !blocked)}>
      <Button
        type="text"
        icon={icon}
        aria-label={label}
        onClick={() => {
          setOpen(false);
          onClick();
        }}
      />
    </Tooltip>
  );
}
