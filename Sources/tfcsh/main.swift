import Foundation
import TFCShell

exit(await TFCShell.main(arguments: Array(CommandLine.arguments.dropFirst())))
