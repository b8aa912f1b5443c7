package org.liaison.admin.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The back office's home: the sections the signed-in user's role opens. */
@Controller
class AdminHomeController {

	@GetMapping("/admin")
	String home() {
		return "admin/home";
	}

}
