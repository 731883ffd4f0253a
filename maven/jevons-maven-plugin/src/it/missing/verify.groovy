def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warnings = log.readLines().findAll { it.contains('[WARNING] jevons: the source directory') && it.contains('src/main/enrgy') && it.contains('does not exist') }
assert warnings.size() == 2 : 'check and analyze each warn, naming the folder:\n' + log
assert !log.contains('0 file(s) checked')
return true
