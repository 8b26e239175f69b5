"""The web page's files (HTML, JS, CSS), served at /static; a package only so installers keep them."""
