// The documents panel (js_on_load of its gr.HTML; Gradio provides `element`, `props` and `server`).
// A click on an upload's Remove button asks before removing it, then shows the panel the server returns.
element.addEventListener('click', async (ev) => {
  const button = ev.target instanceof Element ? ev.target.closest('button.ra-remove') : null;
  if (!button) return;
  ev.preventDefault();
  const source = button.getAttribute('data-source') || '';
  const name = source.split('/').pop();
  if (!window.confirm(`Remove ${name} from the index? Its uploaded file is deleted too.`)) return;
  button.disabled = true;
  button.textContent = 'Removing\u2026';
  try {
    props.value = await server.remove_readout(source);
  } catch (e) {
    button.disabled = false;
    button.textContent = 'Remove';
    window.alert(`Could not remove ${name}. Try again.`);
  }
});

// Gradio names its upload box "Click to upload or drop files" while it shows "Drop File Here - or - Click to
// Upload": name it by what it shows and what it is for, so screen readers and speech input match the screen.
const nameUploadBox = () => {
  const zone = document.querySelector('#ra-upload .upload-container');
  if (!zone) return;
  const name = `${zone.innerText.replace(/\s+/g, ' ').trim()}: add readouts`;
  if (zone.getAttribute('aria-label') !== name) zone.setAttribute('aria-label', name);
};
nameUploadBox();
new MutationObserver(nameUploadBox).observe(element.closest('#ra-documents') || document.body,
  { subtree: true, childList: true, attributes: true, attributeFilter: ['aria-label'] });
