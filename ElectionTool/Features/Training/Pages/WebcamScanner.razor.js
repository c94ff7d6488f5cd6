// Reads the QR / bar code on an appointment order from the webcam with the browser's own BarcodeDetector.
// Nothing is loaded from elsewhere; browsers without a camera, without BarcodeDetector, or outside a secure
// context (plain http on the LAN) report that, and the desk types or uses a handheld scanner instead.

export function support() {
    const camera = !!(window.isSecureContext && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
    const detector = 'BarcodeDetector' in window;
    return { camera: camera, detector: detector };
}

const wanted = ['qr_code', 'code_128', 'code_39', 'ean_13', 'pdf417', 'data_matrix'];

export async function start(video, desk) {
    const supported = await window.BarcodeDetector.getSupportedFormats();
    const formats = wanted.filter(f => supported.includes(f));
    const detector = new window.BarcodeDetector({ formats: formats.length > 0 ? formats : ['qr_code'] });
    const stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    video.srcObject = stream;
    await video.play();

    let running = true;
    let last = '';
    let lastAt = 0;
    const tick = async () => {
        if (!running) {
            return;
        }
        try {
            const codes = await detector.detect(video);
            if (codes.length > 0) {
                const value = codes[0].rawValue;
                const now = Date.now();
                // The same order held in front of the camera is read many times a second: pass it on once.
                if (value !== last || now - lastAt > 4000) {
                    last = value;
                    lastAt = now;
                    await desk.invokeMethodAsync('OnScanned', value);
                }
            }
        } catch (e) {
            // A frame that cannot be read yet (camera warming up): try the next one.
        }
        if (running) {
            setTimeout(tick, 250);
        }
    };
    tick();

    return {
        stop() {
            running = false;
            stream.getTracks().forEach(t => t.stop());
            video.srcObject = null;
        }
    };
}
