# Reference values for the adjusted prevalence ratios ("modified Poisson", Zou 2004) of
# org.ergolens.stats, computed by R so that the Java code is checked against an independent
# implementation. The Java code fits covariate-pattern counts; R here fits ONE ROW PER RESPONDENT,
# as contract section 2.1 defines the model:
#
#   fit <- glm(case ~ ..., family = poisson)          # log link
#   V   <- sandwich::vcovHC(fit, type = "HC0")         # robust variance, no small-sample factor
#   ratio = exp(b), 95% CI exp(b -/+ 1.959964 se), p = 2 pnorm(-|b / se|)
#
# The designs are the model matrices that glm_fixture.R wrote (glm_<dataset>_design.csv: one row
# per covariate pattern with its respondents n and cases), plus the corner cases written below.
# The tests only read the CSV files; they do not need R. Regenerate with (from the repository
# root, after glm_fixture.R):
#
#   Rscript src/test/resources/stats/prevalence_ratio_fixture.R src/test/resources/stats
#
# Written with R 4.2.2 and sandwich 3.0.2 (Debian r-base-core, r-cran-sandwich). Every number is
# written with 17 significant digits.

suppressPackageStartupMessages(library(sandwich))

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "."

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_table <- function(df, name) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE, na = "NA")
}
read_design <- function(file) read.csv(file.path(out, file), check.names = FALSE)
control <- glm.control(epsilon = 1e-14, maxit = 100)
z95 <- 1.959964

coefficients <- list()
fits <- list()

# Expands a grouped design (one row per pattern with n respondents and `cases` of them cases)
# into one row per respondent and fits the Poisson model with R's own model matrix columns.
# A column that is zero for everybody (a level nobody has) is left out of the fit and reported
# as NA, as glm's formula interface leaves out an unused factor level.
record_fit <- function(dataset, outcome, design) {
  terms <- names(design)[seq_len(which(names(design) == "n") - 1)]
  cases <- design[[paste0("cases_", outcome)]]
  rows <- rep(seq_len(nrow(design)), design$n)
  case <- unlist(lapply(seq_len(nrow(design)), function(i) rep(c(1, 0), c(cases[i], design$n[i] - cases[i]))))
  X <- as.matrix(design[rows, terms, drop = FALSE])
  used <- terms[colSums(abs(X)) > 0]
  Xu <- X[, used, drop = FALSE]
  fit <- suppressWarnings(glm(case ~ 0 + Xu, family = poisson, control = control))
  names(fit$coefficients) <- used
  kept <- used[!is.na(coef(fit))]
  if (length(kept) < length(used)) {
    # Aliased columns: refit without them so that vcovHC sees a full-rank model, as glm would
    # report them NA.
    Xu <- X[, kept, drop = FALSE]
    fit <- suppressWarnings(glm(case ~ 0 + Xu, family = poisson, control = control))
    names(fit$coefficients) <- kept
  }
  V <- vcovHC(fit, type = "HC0")
  b <- coef(fit)
  robust <- sqrt(diag(V))
  model <- sqrt(diag(vcov(fit)))
  est <- se <- mse <- rep(NA_real_, length(terms))
  names(est) <- names(se) <- names(mse) <- terms
  est[kept] <- b
  se[kept] <- robust
  mse[kept] <- model
  z <- est / se
  coefficients[[length(coefficients) + 1]] <<- data.frame(
    dataset = dataset, outcome = outcome, term = terms, estimate = unname(est),
    robust_std_error = unname(se), model_std_error = unname(mse), z_value = unname(z),
    p_value = unname(2 * pnorm(-abs(z))), ratio = unname(exp(est)),
    ci_low = unname(exp(est - z95 * se)), ci_high = unname(exp(est + z95 * se)))
  mu <- fitted(fit)
  fits[[length(fits) + 1]] <<- data.frame(
    dataset = dataset, outcome = outcome, deviance = deviance(fit), rank = fit$rank,
    iter = fit$iter, converged = fit$converged, respondents = length(case), cases = sum(case),
    max_fitted = max(mu), respondents_above_one = sum(mu > 1))
  invisible(fit)
}

write_design <- function(df, dataset) write_table(df, paste0("poisson_", dataset, "_design.csv"))

# 1. The designs of the logistic fixtures, fitted as Poisson models.
realistic <- read_design("glm_realistic_design.csv")
for (o in c("neck", "lower_back", "any_region")) record_fit("realistic", o, realistic)
# The four core factors only: every respondent of the patterns file stays in the model.
patterns <- read.csv(file.path(out, "glm_realistic_patterns.csv"), na.strings = "NA")
levels_of <- list(
  sitting_band = c("under_4h", "4_to_6h", "6_to_8h", "8h_plus"),
  monitor_position = c("at_eye_level", "above_eye_level", "below_eye_level", "laptop_only"),
  lumbar_support = c("yes", "no"),
  break_frequency = c("every_30_min", "hourly", "every_2_hours", "rarely"))
for (f in names(levels_of)) patterns[[f]] <- factor(patterns[[f]], levels = levels_of[[f]])
core <- as.data.frame(model.matrix(~ sitting_band + monitor_position + lumbar_support + break_frequency,
                                   data = patterns), check.names = FALSE)
core$n <- patterns$n
core$cases_neck <- patterns$cases_neck
record_fit("realistic_core", "neck", core)
record_fit("small", "neck", read_design("glm_small_design.csv"))
# Nobody works on a laptop only: the column is empty and the ratio NA.
record_fit("empty_level", "neck", read_design("glm_empty_level_design.csv"))
# No case with a monitor above eye level: the MLE of that ratio does not exist (it runs off
# towards 0); glm stops with a large negative estimate, the other ratios converge.
record_fit("separation", "neck", read_design("glm_separation_design.csv"))
# No case at the reference sitting band: the intercept and every sitting_band ratio diverge.
record_fit("separation_reference", "neck", read_design("glm_separation_reference_design.csv"))

# 2. The realistic design with no neck case among those with a laptop only: the MLE does not
#    exist for that level inside the 14-parameter model; the other 12 ratios converge.
no_laptop <- realistic
no_laptop$cases_neck[no_laptop$monitor_positionlaptop_only == 1] <- 0
write_design(no_laptop[, c(names(realistic)[1:14], "n", "cases_neck")], "realistic_no_laptop_cases")
record_fit("realistic_no_laptop_cases", "neck", no_laptop)

# 3. above_one: strong effects that multiply, so the log-linear fit predicts a prevalence above 1
#    for the highest-risk combination (long sitting without lumbar support). glm does not mind.
above <- expand.grid(lumbar = 0:1, sitting = 0:3)
above <- data.frame(
  "(Intercept)" = 1,
  sitting_band4_to_6h = as.numeric(above$sitting == 1),
  sitting_band6_to_8h = as.numeric(above$sitting == 2),
  sitting_band8h_plus = as.numeric(above$sitting == 3),
  lumbar_supportno = above$lumbar,
  n = c(50, 40, 45, 30, 40, 25, 30, 12),
  cases_neck = c(5, 14, 12, 20, 16, 22, 18, 12),
  check.names = FALSE)
write_design(above, "above_one")
record_fit("above_one", "neck", above)

# 4. all_cases_level: everybody with a laptop only is a case. The logistic model is separated
#    there; the Poisson model is not (a fitted prevalence of 1 is a finite log-ratio).
set.seed(17)
m <- 400
sitting <- sample(0:3, m, TRUE)
monitor <- sample(0:3, m, TRUE, prob = c(0.4, 0.15, 0.3, 0.15))
y <- rbinom(m, 1, exp(log(0.2) + 0.3 * (sitting == 3)))
y[monitor == 3] <- 1
people <- data.frame(
  "(Intercept)" = 1,
  sitting_band4_to_6h = as.numeric(sitting == 1), sitting_band6_to_8h = as.numeric(sitting == 2),
  sitting_band8h_plus = as.numeric(sitting == 3),
  monitor_positionabove_eye_level = as.numeric(monitor == 1),
  monitor_positionbelow_eye_level = as.numeric(monitor == 2),
  monitor_positionlaptop_only = as.numeric(monitor == 3), y = y, check.names = FALSE)
key <- do.call(paste, people[, 2:7])
first <- !duplicated(key)
all_cases <- people[first, 1:7]
all_cases$n <- as.vector(table(factor(key, levels = key[first])))
all_cases$cases_neck <- as.vector(tapply(people$y, factor(key, levels = key[first]), sum))
all_cases <- all_cases[do.call(order, all_cases[, 2:7]), ]
write_design(all_cases, "all_cases_level")
record_fit("all_cases_level", "neck", all_cases)

write_table(do.call(rbind, coefficients), "poisson_coefficients.csv")
write_table(do.call(rbind, fits), "poisson_fits.csv")
