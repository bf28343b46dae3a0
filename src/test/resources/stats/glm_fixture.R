# Reference values for the tests of org.ergolens.stats, computed by R so that the Java code is
# checked against an independent implementation. The tests only read the CSV files written here;
# they do not need R. Regenerate with (from the repository root):
#
#   Rscript src/test/resources/stats/glm_fixture.R src/test/resources/stats
#
# Written with R 4.2.2 (Debian r-base-core). Every number is written with 17 significant digits.

args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "."

num <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
write_table <- function(df, name) {
  for (col in names(df)) if (is.numeric(df[[col]])) df[[col]] <- num(df[[col]])
  write.csv(df, file.path(out, name), row.names = FALSE, quote = FALSE, na = "NA")
}
control <- glm.control(epsilon = 1e-14, maxit = 100)

# ---------------------------------------------------------------------------------------------
# Logistic regression datasets. Levels are those of the contract, reference level first.
levels_of <- list(
  sitting_band = c("under_4h", "4_to_6h", "6_to_8h", "8h_plus"),
  monitor_position = c("at_eye_level", "above_eye_level", "below_eye_level", "laptop_only"),
  lumbar_support = c("yes", "no"),
  break_frequency = c("every_30_min", "hourly", "every_2_hours", "rarely"),
  exercise_band = c("3_plus_days", "1_to_2_days", "none"),
  desk_type = c("sit_stand", "fixed"))

coefficients <- list()
fits <- list()

# Fits one grouped model and records R's coefficient table and fit summary.
record_fit <- function(dataset, outcome, formula, data) {
  fit <- suppressWarnings(glm(formula, family = binomial, data = data, control = control))
  record(dataset, outcome, fit)
}

# glm's formula interface drops unused factor levels (model.frame(drop.unused.levels = TRUE)).
# To see what R does with an empty design column, fit the full model matrix directly: R then
# reports NA for the aliased column.
record_matrix_fit <- function(dataset, outcome, formula, data, cases) {
  mm <- model.matrix(formula, data = model.frame(formula, data = data, drop.unused.levels = FALSE))
  y <- cbind(data[[cases]], data$n - data[[cases]])
  fit <- suppressWarnings(glm(y ~ 0 + mm, family = binomial, control = control))
  names(fit$coefficients) <- colnames(mm)
  record(dataset, outcome, fit)
}

record <- function(dataset, outcome, fit) {
  s <- summary(fit)$coefficients
  rownames(s) <- sub("^mm", "", rownames(s))
  est <- coef(fit)
  terms <- names(est)
  se <- z <- p <- rep(NA_real_, length(terms))
  names(se) <- names(z) <- names(p) <- terms
  se[rownames(s)] <- s[, 2]
  z[rownames(s)] <- s[, 3]
  p[rownames(s)] <- s[, 4]
  coefficients[[length(coefficients) + 1]] <<- data.frame(
    dataset = dataset, outcome = outcome, term = terms, estimate = unname(est),
    std_error = unname(se), z_value = unname(z), p_value = unname(p))
  fits[[length(fits) + 1]] <<- data.frame(
    dataset = dataset, outcome = outcome, deviance = deviance(fit),
    df_residual = df.residual(fit), rank = fit$rank, iter = fit$iter,
    converged = fit$converged, rows = nrow(model.frame(fit)))
  invisible(fit)
}

# Writes the model matrix (rows with a missing factor dropped) with trials and cases per outcome.
write_design <- function(dataset, formula, data, outcomes) {
  mf <- model.frame(formula, data = data, na.action = na.omit, drop.unused.levels = FALSE)
  mm <- model.matrix(formula, data = mf)
  df <- as.data.frame(mm, check.names = FALSE)
  df$n <- data$n[as.integer(rownames(mf))]
  for (o in outcomes) df[[paste0("cases_", o)]] <- data[[paste0("cases_", o)]][as.integer(rownames(mf))]
  write_table(df, paste0("glm_", dataset, "_design.csv"))
}

# 1. realistic: six factors as in the contract, 3000 respondents in six departments, optional
#    factors sometimes missing. Individual respondents are simulated, then grouped by department
#    and levels: the covariate patterns the Spark job hands to the driver.
set.seed(20261031)
n_resp <- 3000
departments <- c("d01", "d02", "d03", "d04", "d05", "d06")
draw <- function(f, prob) factor(sample(levels_of[[f]], n_resp, replace = TRUE, prob = prob),
                                 levels = levels_of[[f]])
people <- data.frame(
  department = sample(departments, n_resp, replace = TRUE),
  sitting_band = draw("sitting_band", c(0.15, 0.3, 0.35, 0.2)),
  monitor_position = draw("monitor_position", c(0.45, 0.15, 0.25, 0.15)),
  lumbar_support = draw("lumbar_support", c(0.55, 0.45)),
  break_frequency = draw("break_frequency", c(0.2, 0.35, 0.3, 0.15)),
  exercise_band = draw("exercise_band", c(0.35, 0.4, 0.25)),
  desk_type = draw("desk_type", c(0.3, 0.7)))
people$exercise_band[runif(n_resp) < 0.08] <- NA
people$desk_type[runif(n_resp) < 0.10] <- NA
lin <- function(b0, b) {
  with(people, b0 + b[1] * (sitting_band == "4_to_6h") + b[2] * (sitting_band == "6_to_8h") +
    b[3] * (sitting_band == "8h_plus") + b[4] * (monitor_position == "above_eye_level") +
    b[5] * (monitor_position == "below_eye_level") + b[6] * (monitor_position == "laptop_only") +
    b[7] * (lumbar_support == "no") + b[8] * (break_frequency == "hourly") +
    b[9] * (break_frequency == "every_2_hours") + b[10] * (break_frequency == "rarely") +
    b[11] * ifelse(is.na(exercise_band), 0, exercise_band == "1_to_2_days") +
    b[12] * ifelse(is.na(exercise_band), 0, exercise_band == "none") +
    b[13] * ifelse(is.na(desk_type), 0, desk_type == "fixed"))
}
people$neck <- rbinom(n_resp, 1, plogis(lin(-2.0, c(0.1, 0.3, 0.5, 0.4, 0.2, 0.6, 0.1, 0, 0.2, 0.4, 0.1, 0.2, 0.15))))
people$lower_back <- rbinom(n_resp, 1, plogis(lin(-2.2, c(0.2, 0.4, 0.7, 0, 0.1, 0.2, 0.6, 0.1, 0.2, 0.3, 0.2, 0.4, 0.3))))
people$elbows <- rbinom(n_resp, 1, plogis(lin(-5.0, rep(0.1, 13))))
people$any_region <- pmax(people$neck, people$lower_back, people$elbows,
                          rbinom(n_resp, 1, 0.15))
factors <- names(levels_of)
key <- c("department", factors)

# Sums counts over the respondents who share every key value. Unlike aggregate(), a missing
# factor value (NA) forms its own group, and every factor keeps all of its contract levels.
group_patterns <- function(df, keys, sums) {
  label <- do.call(paste, c(lapply(keys, function(k) ifelse(is.na(df[[k]]), "<NA>", as.character(df[[k]]))), sep = "\r"))
  first <- !duplicated(label)
  g <- df[first, keys, drop = FALSE]
  for (s in names(sums)) g[[s]] <- as.vector(tapply(sums[[s]], factor(label, levels = label[first]), sum))
  for (k in intersect(keys, names(levels_of))) g[[k]] <- factor(as.character(g[[k]]), levels = levels_of[[k]])
  g <- g[do.call(order, g[keys]), ]
  rownames(g) <- NULL
  g
}
grouped <- group_patterns(people, key, list(
  n = rep(1, n_resp), cases_neck = people$neck, cases_lower_back = people$lower_back,
  cases_elbows = people$elbows, cases_any_region = people$any_region))
patterns <- grouped
for (f in factors) patterns[[f]] <- as.character(patterns[[f]])
write_table(patterns, "glm_realistic_patterns.csv")

full <- ~ sitting_band + monitor_position + lumbar_support + break_frequency + exercise_band + desk_type
realistic_outcomes <- c("neck", "lower_back", "any_region")
for (o in realistic_outcomes) {
  record_fit("realistic", o, update(full, as.formula(paste0("cbind(cases_", o, ", n - cases_", o, ") ~ ."))), grouped)
}
write_design("realistic", full, grouped, c(realistic_outcomes, "elbows"))
# The same model without the optional factors: no row is dropped.
core <- ~ sitting_band + monitor_position + lumbar_support + break_frequency
record_fit("realistic_core", "neck", cbind(cases_neck, n - cases_neck) ~ sitting_band + monitor_position + lumbar_support + break_frequency, grouped)

# 2. small: two factors, eight hand-made patterns.
small <- data.frame(
  lumbar_support = factor(rep(c("yes", "no"), each = 4), levels = levels_of$lumbar_support),
  break_frequency = factor(rep(levels_of$break_frequency, 2), levels = levels_of$break_frequency),
  n = c(40, 55, 38, 20, 35, 60, 41, 25),
  cases_neck = c(5, 9, 10, 7, 8, 16, 15, 12))
small_formula <- ~ lumbar_support + break_frequency
record_fit("small", "neck", cbind(cases_neck, n - cases_neck) ~ lumbar_support + break_frequency, small)
write_design("small", small_formula, small, "neck")

# 3. empty_level: nobody works on a laptop only; R keeps the empty column and reports NA.
set.seed(7)
m <- 600
empty <- data.frame(
  sitting_band = factor(sample(levels_of$sitting_band, m, TRUE), levels = levels_of$sitting_band),
  monitor_position = factor(sample(levels_of$monitor_position[1:3], m, TRUE),
                            levels = levels_of$monitor_position),
  lumbar_support = factor(sample(levels_of$lumbar_support, m, TRUE), levels = levels_of$lumbar_support))
empty$y <- rbinom(m, 1, plogis(-1 + 0.4 * (empty$sitting_band == "8h_plus") + 0.5 * (empty$lumbar_support == "no")))
empty <- group_patterns(empty, c("sitting_band", "monitor_position", "lumbar_support"),
                        list(n = rep(1, m), cases_neck = empty$y))
empty_formula <- ~ sitting_band + monitor_position + lumbar_support
record_matrix_fit("empty_level", "neck", empty_formula, empty, "cases_neck")
record_fit("empty_level_formula", "neck", cbind(cases_neck, n - cases_neck) ~ sitting_band + monitor_position + lumbar_support, empty)
write_design("empty_level", empty_formula, empty, "neck")

# 4. separation: nobody with a monitor above eye level is a case (quasi-complete separation).
#    R's estimate for that level runs off towards -Inf; the others converge.
set.seed(11)
sep <- data.frame(
  sitting_band = factor(sample(levels_of$sitting_band, m, TRUE), levels = levels_of$sitting_band),
  monitor_position = factor(sample(levels_of$monitor_position, m, TRUE, prob = c(0.4, 0.05, 0.3, 0.25)),
                            levels = levels_of$monitor_position))
sep$y <- rbinom(m, 1, plogis(-1 + 0.5 * (sep$sitting_band == "8h_plus")))
sep$y[sep$monitor_position == "above_eye_level"] <- 0
sep <- group_patterns(sep, c("sitting_band", "monitor_position"), list(n = rep(1, m), cases_neck = sep$y))
sep_formula <- ~ sitting_band + monitor_position
record_fit("separation", "neck", cbind(cases_neck, n - cases_neck) ~ sitting_band + monitor_position, sep)
write_design("separation", sep_formula, sep, "neck")

# 5. separation_reference: nobody at the reference sitting band is a case, so the intercept and
#    every sitting_band coefficient diverge; the monitor_position coefficients converge.
set.seed(13)
sepr <- data.frame(
  sitting_band = factor(sample(levels_of$sitting_band, m, TRUE, prob = c(0.08, 0.3, 0.32, 0.3)),
                        levels = levels_of$sitting_band),
  monitor_position = factor(sample(levels_of$monitor_position, m, TRUE), levels = levels_of$monitor_position))
sepr$y <- rbinom(m, 1, plogis(-0.8 + 0.6 * (sepr$monitor_position == "laptop_only")))
sepr$y[sepr$sitting_band == "under_4h"] <- 0
sepr <- group_patterns(sepr, c("sitting_band", "monitor_position"), list(n = rep(1, m), cases_neck = sepr$y))
record_fit("separation_reference", "neck", cbind(cases_neck, n - cases_neck) ~ sitting_band + monitor_position, sepr)
write_design("separation_reference", sep_formula, sepr, "neck")

write_table(do.call(rbind, coefficients), "glm_coefficients.csv")
write_table(do.call(rbind, fits), "glm_fits.csv")

# ---------------------------------------------------------------------------------------------
# 2x2 tables: rows (exposed, reference), columns (cases, non-cases): x = matrix(c(a, c, b, d), 2).
tables <- rbind(
  c(3, 1, 1, 3),      # Fisher's tea-tasting experiment
  c(2, 10, 15, 3),    # Fisher (1962) convictions of like-sex twins, R's ?fisher.test
  c(0, 10, 5, 5), c(1, 9, 1, 9), c(5, 0, 0, 5), c(0, 5, 0, 7), c(4, 4, 4, 4), c(2, 8, 8, 2),
  c(1, 19, 6, 14), c(7, 3, 2, 8), c(0, 1, 1, 0), c(12, 30, 3, 40), c(25, 100, 5, 120),
  c(1, 999, 10, 990), c(40, 60, 30, 70), c(189, 10845, 104, 10933), c(13, 80, 2, 56),
  c(3, 0, 2, 4), c(6, 6, 6, 6), c(9, 1, 1, 9), c(0, 20, 1, 19), c(17, 3, 10, 10))
set.seed(99)
for (k in 1:20) tables <- rbind(tables, sample(0:15, 4, replace = TRUE))
fisher <- data.frame(a = tables[, 1], b = tables[, 2], c = tables[, 3], d = tables[, 4])
fisher$p_value <- apply(tables, 1, function(t) fisher.test(matrix(t[c(1, 3, 2, 4)], 2))$p.value)
write_table(fisher, "fisher_exact.csv")

# Every table with 1..8 exposed and 1..8 reference respondents: ties between equally likely
# tables (which R counts with its relative tolerance 1e-7) are common among them.
grid <- expand.grid(a = 0:8, b = 0:8, c = 0:8, d = 0:8)
grid <- grid[grid$a + grid$b >= 1 & grid$a + grid$b <= 8 & grid$c + grid$d >= 1 & grid$c + grid$d <= 8, ]
grid <- grid[do.call(order, grid), ]
grid$p_value <- apply(grid, 1, function(t) fisher.test(matrix(t[c(1, 3, 2, 4)], 2))$p.value)
write_table(grid, "fisher_exact_all_small.csv")

chi_tables <- rbind(c(40, 60, 30, 70), c(12, 30, 13, 40), c(25, 100, 15, 120),
                    c(189, 10845, 104, 10933), c(50, 50, 50, 50), c(300, 700, 250, 750),
                    c(10, 20, 20, 10), c(8, 30, 9, 60))
chisq <- data.frame(a = chi_tables[, 1], b = chi_tables[, 2], c = chi_tables[, 3], d = chi_tables[, 4])
chisq$statistic <- apply(chi_tables, 1, function(t) unname(chisq.test(matrix(t[c(1, 3, 2, 4)], 2), correct = FALSE)$statistic))
chisq$p_value <- apply(chi_tables, 1, function(t) chisq.test(matrix(t[c(1, 3, 2, 4)], 2), correct = FALSE)$p.value)
write_table(chisq, "chi_square.csv")

# The contract's crude statistics written out independently in R, for every table above.
crude_of <- function(t) {
  a <- t[1]; b <- t[2]; c <- t[3]; d <- t[4]
  n1 <- a + b; n0 <- c + d
  x <- matrix(c(a, c, b, d), 2)
  expected <- outer(rowSums(x), colSums(x)) / sum(x)
  if (all(expected >= 5)) {
    test <- "chi_square"; p <- chisq.test(x, correct = FALSE)$p.value
  } else {
    test <- "fisher_exact"; p <- fisher.test(x)$p.value
  }
  res <- c(a = a, n1 = n1, c = c, n0 = n0, prevalence_exposed = a / n1, prevalence_reference = c / n0,
           pr = NA, pr_low = NA, pr_high = NA, or = NA, or_low = NA, or_high = NA, p_value = p)
  if (n1 > 0 && n0 > 0) {
    # Contract 2.1 to the letter, also when nobody (or everybody) is a case.
    if (min(a, b, c, d) == 0) { a <- a + 0.5; b <- b + 0.5; c <- c + 0.5; d <- d + 0.5 }
    z <- 1.959964
    pr <- (a / (a + b)) / (c / (c + d)); se_pr <- sqrt(1 / a - 1 / (a + b) + 1 / c - 1 / (c + d))
    or <- (a * d) / (b * c); se_or <- sqrt(1 / a + 1 / b + 1 / c + 1 / d)
    res[c("pr", "pr_low", "pr_high")] <- c(pr, exp(log(pr) - z * se_pr), exp(log(pr) + z * se_pr))
    res[c("or", "or_low", "or_high")] <- c(or, exp(log(or) - z * se_or), exp(log(or) + z * se_or))
  }
  list(values = res, test = test)
}
crude_rows <- lapply(seq_len(nrow(tables)), function(i) crude_of(tables[i, ]))
crude <- as.data.frame(do.call(rbind, lapply(crude_rows, `[[`, "values")))
crude$test <- vapply(crude_rows, `[[`, "", "test")
write_table(crude, "crude_effects.csv")

# ---------------------------------------------------------------------------------------------
# Benjamini-Hochberg q-values.
bh_sets <- list(
  # Benjamini & Hochberg (1995), JRSS B 57(1):289-300, section 4.1: 15 p-values of a
  # myocardial infarction trial.
  bh1995 = c(0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240,
             0.4262, 0.5719, 0.6528, 0.7590, 1.0000),
  with_na = c(0.04, NA, 0.01, 0.03, NA, 0.5, 0.2),
  ties = c(0.01, 0.02, 0.02, 0.02, 0.5, 0.01, 0.9, 0.9),
  single = c(0.03))
set.seed(5)
bh_sets$random <- c(runif(30)^3, runif(20))
bh <- do.call(rbind, lapply(names(bh_sets), function(s) data.frame(
  set = s, index = seq_along(bh_sets[[s]]) - 1, p_value = bh_sets[[s]],
  q_value = p.adjust(bh_sets[[s]], method = "BH"))))
write_table(bh, "benjamini_hochberg.csv")

writeLines(R.version.string, file.path(out, "R_VERSION"))
