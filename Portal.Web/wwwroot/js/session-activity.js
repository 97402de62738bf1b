// Tells the portal, at most once a minute, that the person is using the open page (typing, clicking, scrolling).
// An open page makes no HTTP requests of its own, so without this the sign-in would look idle after 30 minutes of
// work, and a page left unused would never look idle (Portal.Web/Accounts/SessionActivity.cs).
(() => {
    let last = 0;
    const alive = () => {
        const now = Date.now();
        if (now - last < 60000) return;
        last = now;
        fetch('/account/alive', { credentials: 'same-origin', cache: 'no-store' }).catch(() => { });
    };
    for (const kind of ['pointerdown', 'keydown', 'wheel', 'touchstart']) addEventListener(kind, alive, { capture: true, passive: true });
})();
