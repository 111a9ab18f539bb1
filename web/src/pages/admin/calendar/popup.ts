// Where the dialogs' single-date panels open: inside the dialog, next to their field. As portals of their own, a
// panel opened before the just-mounted dialog has rendered again is attached a render late, and antd warns "trigger
// element and popup element should in same shadow root". (A range panel, two months wide, stays a portal: inside a
// phone's dialog it would not fit.)
export const inDialog = (trigger: HTMLElement): HTMLElement => trigger.parentElement ?? document.body;
