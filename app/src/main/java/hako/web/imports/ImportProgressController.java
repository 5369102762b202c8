package hako.web.imports;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/** A started import: its progress, polled every second by htmx, then its report or its errors. */
@Controller
class ImportProgressController {

    private final Uploads uploads;

    ImportProgressController(Uploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/imports/{id}/progress")
    String page(@PathVariable String id, Authentication who, Model model) {
        return show(id, who, model, "imports/progress");
    }

    /** The part of the page that changes, for htmx to swap in. */
    @GetMapping("/imports/{id}/status")
    String status(@PathVariable String id, Authentication who, Model model) {
        return show(id, who, model, "imports/progress :: status");
    }

    private String show(String id, Authentication who, Model model, String view) {
        Upload upload = uploads.find(id, who.getName());
        if (upload.job() == null) {
            return "redirect:/imports/" + id;
        }
        model.addAttribute("upload", id);
        model.addAttribute("files", upload.files());
        model.addAttribute("job", upload.job());
        model.addAttribute("confirmed", upload.confirmed());
        return view;
    }

    @ExceptionHandler(Uploads.UnknownUpload.class)
    ModelAndView unknown() {
        ModelAndView page = new ModelAndView("error", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }
}
