fn main() -> std::process::ExitCode {
    specgen::cli::main()
}
