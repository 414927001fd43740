// Entry of the participant's phone page (join.html, served at /r/<code>):
// small on purpose (under 100 kB gzip): lit, the socket.io client, the
// protocol and its own two-language catalogue, none of the lab.
import './participant-app.ts';
