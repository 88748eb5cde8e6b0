;;; The configuration docs/editors.md gives, then: open the letter, connect, wait for Flymake's
;;; diagnostics and write them to IMR_OUT, one per line: "LINE TYPE TEXT".
(define-derived-mode imr-mode text-mode "IMR"
  "Major mode for IMR final determination letters.")
(add-to-list 'auto-mode-alist '("\\.imr\\'" . imr-mode))

(require 'eglot)
(add-to-list 'eglot-server-programs
             `(imr-mode . ("node" ,(getenv "IMR_SERVER") "--stdio")))
(add-hook 'imr-mode-hook #'eglot-ensure)
(setq-default eglot-workspace-configuration
              '(:imr (:lint (:run "onType") :rules (:possible-phi "off"))))

(find-file (getenv "IMR_LETTER"))
;; eglot-ensure connects after the next command; a batch run has none, so connect now.
(unless (eglot-current-server) (call-interactively #'eglot))
(let ((deadline (+ (float-time) 30)) (found nil) (lines nil))
  (while (and (not found) (< (float-time) deadline))
    (accept-process-output nil 0.1)
    (setq found (flymake-diagnostics)))
  (dolist (d found)
    (push (format "%d %s %s" (line-number-at-pos (flymake-diagnostic-beg d)) (flymake-diagnostic-type d)
                  (replace-regexp-in-string "\n" " " (flymake-diagnostic-text d)))
          lines))
  (with-temp-file (getenv "IMR_OUT") (insert (mapconcat #'identity lines "\n") "\n"))
  (ignore-errors (eglot-shutdown (eglot-current-server)))
  (kill-emacs (if found 0 4)))
